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

    /** @return the scope of one person, whatever thread reads */
    static Scope of(PersonResults person) {
        return person::epoch;
    }

    /** @return the scope of the person the reading thread works for, if any */
    static Scope currentPerson(Supplier<PersonResults> current) {
        return () -> {
            PersonResults person = current.get();
            return person == null ? NONE : person.epoch();
        };
    }
}
