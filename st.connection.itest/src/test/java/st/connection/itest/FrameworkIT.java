package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The suites run once per framework (Felix, then Equinox): this proves that each run really is
 * on the framework it is reported for, so that a class path mix-up cannot pass Felix off as Equinox.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FrameworkIT extends ITestSupport {

    @Configuration
    public Option[] config() {
        return frameworkFor(FrameworkIT.class);
    }

    @Test
    public void theSuitesRunOnTheFrameworkTheirReportNames() {
        String expected = System.getProperty("itest.framework");
        assertNotNull("itest.framework is set by the build", expected);
        assertEquals(expected, context().getBundle(0).getSymbolicName());
    }

    @Test
    public void theConnectionServiceComesUp() {
        assertNotNull(connections());
    }
}
