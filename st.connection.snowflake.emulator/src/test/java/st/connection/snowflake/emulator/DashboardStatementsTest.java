package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements as dashboards write them, each with the result Snowflake's documentation gives for it,
 * through the real driver; rows are compared as the driver's {@code getString}, joined with '|'.
 */
class DashboardStatementsTest {
    @RegisterExtension
    static final ConnectedEmulator sf = new ConnectedEmulator(
            "create table sales(id number, region string, amount number(10,2), sold date, note variant)",
            "insert into sales select column1, column2, column3, column4::date, parse_json(column5) from values"
                    + " (1, 'north', 10.50, '2024-01-15', '{\"c\":\"a\",\"n\":1}'),"
                    + " (2, 'north', 20.00, '2024-02-10', '{\"c\":\"b\",\"n\":2,\"t\":[1,2]}'),"
                    + " (3, 'south', 5.25, '2024-02-20', null),"
                    + " (4, 'east', null, '2024-03-01', '{\"c\":\"a\"}')");

    static Stream<Arguments> statements() {
        return Stream.of(
                row("select 10/4", "2.500000"),
                row("select 1/3", "0.333333"),
                row("select 7.50/2", "3.75000000"),
                row("select iff(1 > 2, 'yes', 'no')", "no"),
                row("select iff(null, 'yes', 'no')", "no"),
                row("select zeroifnull(null)", "0"),
                row("select nullifzero(0)", null),
                row("select div0(10, 0)", "0.000000"),
                row("select div0(10, 4)", "2.500000"),
                row("select count_if(amount > 10) from sales", "2"),
                row("select concat('a', null)", null),
                row("select concat('a', 1, 'b')", "a1b"),
                row("select concat_ws(',', 'one', null, 'two')", null),
                row("select concat_ws(',', 'one', 'two')", "one,two"),
                row("select dayofweek('2024-05-19'::date), dayofweekiso('2024-05-19'::date)", "0|7"),
                row("select dayname('2024-05-19'::date), monthname('2024-01-17'::date)", "Sun|Jan"),
                row("select date_part(dayofweek, '2024-05-19'::date), date_part('dow_iso', '2024-05-19'::date)", "0|7"),
                row("select region, count(*) from sales group by 1 order by 1", "east|1", "north|2", "south|1"),
                row("select region, sum(amount) as total from sales group by 1 order by 2 desc nulls last", "north|30.50",
                        "south|5.25", "east|null"),
                row("select to_date('2024-03-15')", "2024-03-15"),
                row("select to_date('15/03/2024', 'DD/MM/YYYY')", "2024-03-15"),
                row("select to_char(to_date('2024-03-15'), 'YYYY-MM')", "2024-03"),
                row("select to_varchar(42)", "42"),
                row("select to_varchar(to_timestamp('2024-03-15 10:11:12'))", "2024-03-15 10:11:12.000"),
                row("select to_timestamp('2024-03-15 10:11:12')", "2024-03-15 10:11:12.000"),
                row("select to_number('12.7', 10, 1)", "12.7"),
                row("select to_number('13')", "13"),
                row("select try_cast('abc' as integer)", null),
                row("select try_cast('42' as integer)", "42"),
                row("select try_cast('2024-13-45' as date)", null),
                row("select split_part('a,b,c', ',', 2)", "b"),
                row("select split_part('a,b,c', ',', -1)", "c"),
                row("select split_part('a,b,c', ',', 5)", ""),
                row("select convert_timezone('UTC', 'America/New_York', '2024-01-15 12:00:00'::timestamp_ntz)",
                        "2024-01-15 07:00:00.000"),
                row("select length(uuid_string())", "36"),
                row("select dateadd(month, 1, '2024-01-31'::date)", "2024-02-29"),
                row("select dateadd('day', -1, '2024-03-01'::date)", "2024-02-29"),
                row("select datediff(day, '2024-01-01'::date, '2024-03-01'::date)", "60"),
                row("select datediff(month, '2024-01-31'::date, '2024-02-01'::date)", "1"),
                row("select date_trunc('month', '2024-02-20'::date)", "2024-02-01"),
                row("select date_trunc(year, sold) from sales where id = 3", "2024-01-01"),
                row("select date_part(month, '2024-02-20'::date)", "2"),
                row("select id from sales qualify row_number() over (order by amount desc nulls last) = 1", "2"),
                row("select region, id from sales qualify row_number() over (partition by region order by id desc) = 1"
                        + " order by region", "east|4", "north|2", "south|3"),
                row("select parse_json('{\"a\":{\"b\":[10,20]}}'):a.b[1]", "20"),
                row("select note:c::string from sales where id = 2", "b"),
                row("select note:n::number from sales where id = 1", "1"),
                row("select note['c'] from sales where id = 4", "\"a\""),
                row("select count(*) from sales where note:c::string = 'a'", "2"),
                row("select array_size(note:t) from sales where id = 2", "2"),
                row("select sum(column1) from values (1), (2), (3)", "6"),
                row("select b from values (1, 'x'), (2, 'y') as t(a, b) where a = 2", "y"),
                row("select $2 from values (1, 'x')", "x"),
                row("select '7'::number + 1", "8"),
                row("select 3.9::int", "4"),
                row("select seq4() from table(generator(rowcount => 3)) order by 1", "0", "1", "2"),
                row("select count(*) from table(generator(rowcount => 1000))", "1000"),
                row("select current_database(), current_schema()", "EMULATOR|PUBLIC"),
                row("select current_user()", "ALICE"),
                row("select current_role()", "PUBLIC"),
                row("select coalesce(null, 'x'), nvl(null, 1), ifnull(null, 2)", "x|1|2"),
                row("select decode(2, 1, 'one', 2, 'two', 'other')", "two"),
                row("select upper('a') || lower('B') || initcap('hello world')", "AbHello World"),
                row("select startswith('snowflake', 'snow'), endswith('snowflake', 'lake'), contains('snowflake', 'ow')",
                        "TRUE|TRUE|TRUE"),
                row("select charindex('fl', 'snowflake')", "5"),
                row("select round(2.567, 2), trunc(2.567, 1)", "2.57|2.5"),
                row("select listagg(region, ',') within group (order by region) from (select distinct region from sales)",
                        "east,north,south"),
                row("select median(amount) from sales", "10.50"),
                row("select min(sold), max(sold) from sales", "2024-01-15|2024-03-01"),
                row("select region from sales where region ilike 'NO%' limit 1", "north"),
                row("select id, sum(amount) over (order by id) from sales order by id", "1|10.50", "2|30.50", "3|35.75",
                        "4|35.75"),
                row("with t as (select region, amount from sales) select count(distinct region) from t", "3"),
                row("select last_day('2024-02-10'::date)", "2024-02-29"),
                row("select year(sold), month(sold), day(sold) from sales where id = 2", "2024|2|10"));
    }

    private static Arguments row(String sql, String... rows) {
        return Arguments.of(sql, rows == null ? new String[] {null} : rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void answersAsSnowflakeDocuments(String sql, String[] expected) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = sf.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        List<String> wanted = new ArrayList<>();
        for (String row : expected) {
            wanted.add(String.valueOf(row));
        }
        assertThat(rows).containsExactlyElementsOf(wanted);
    }
}
