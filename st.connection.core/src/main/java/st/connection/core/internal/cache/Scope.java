package st.connection.core.internal.cache;

import java.util.function.Supplier;

/** Whose results a view of a connection reads and caches now, as the scope part of a {@link CacheKey}. */
@FunctionalInterface
interface Scope {

    /** The calling thread works for nobody: nothing is cached. */
    long NONE = -1;

    /** The scope of {@code cache.scope=shared}: everybody on the connection. */
    Scope EVERYBODY = () -> 0;

    /** @return the scope's id, {@code 0} for everybody, or {@link #NONE} */
    long id();

    /** @return the person whose results these are now; {@code null} for everybody or nobody */
    default PersonResults person() {
        return null;
    }

    /** @return the scope of one person, whatever thread reads */
    static Scope of(PersonResults person) {
        return new Scope() {
            @Override
            public long id() {
                return person.epoch();
            }

            @Override
            public PersonResults person() {
                return person;
            }
        };
    }

    /** @return the scope of the person the reading thread works for, if any */
    static Scope currentPerson(Supplier<PersonResults> current) {
        return new Scope() {
            @Override
            public long id() {
                PersonResults person = current.get();
                return person == null ? NONE : person.epoch();
            }

            @Override
            public PersonResults person() {
                return current.get();
            }
        };
    }
}
