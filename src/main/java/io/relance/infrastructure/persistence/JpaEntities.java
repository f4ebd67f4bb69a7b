package io.relance.infrastructure.persistence;

/**
 * A store of one kind of entity: adding (flushed at once, see {@link #insert}) and removing one are
 * the same for every such store, whose port declares {@code add(T)} and {@code remove(T)}.
 */
public abstract class JpaEntities<T> extends JpaAdapter {

    public void add(T entity) {
        insert(entity);
    }

    public void remove(T entity) {
        em.remove(entity);
    }
}
