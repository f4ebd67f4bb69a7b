package io.relance.interfaces.web.session;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values "as after use" for the session serialization test: a field of a bean gets a value of its
 * declared type, down to the project's records and classes (a day with one call, an upload with one
 * column), so that what a person's session really carries is written, not just empty beans.
 */
final class SampleValues {

    private static final int DEPTH = 5;

    private SampleValues() {
    }

    static boolean isEmpty(Object value) {
        return value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }

    /** A value of the type, or null when none can be made outside the container. */
    static Object of(Class<?> type, Type generic, int depth) {
        if (depth > DEPTH) {
            return null;
        }
        Object simple = simple(type);
        if (simple != null) {
            return simple;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants.length == 0 ? null : constants[constants.length - 1];
        }
        if (type.isArray()) {
            Object element = of(type.getComponentType(), type.getComponentType(), depth + 1);
            Object array = Array.newInstance(type.getComponentType(), element == null ? 0 : 1);
            if (element != null) {
                Array.set(array, 0, element);
            }
            return array;
        }
        if (List.class.isAssignableFrom(type) || type == Collection.class) {
            Object element = argument(generic, 0, depth);
            List<Object> list = new ArrayList<>();
            if (element != null) {
                list.add(element);
            }
            return list;
        }
        if (Set.class.isAssignableFrom(type)) {
            Object element = argument(generic, 0, depth);
            Set<Object> set = new HashSet<>();
            if (element != null) {
                set.add(element);
            }
            return set;
        }
        if (Map.class.isAssignableFrom(type)) {
            Object key = argument(generic, 0, depth);
            Object value = argument(generic, 1, depth);
            Map<Object, Object> map = new HashMap<>();
            if (key != null && value != null) {
                map.put(key, value);
            }
            return map;
        }
        if (!type.getName().startsWith("io.relance.") || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return null;
        }
        return type.isRecord() ? record(type, depth) : filled(type, depth);
    }

    private static Object simple(Class<?> type) {
        if (type == String.class) {
            return "Exemple";
        }
        if (type == int.class || type == Integer.class) {
            return 2;
        }
        if (type == long.class || type == Long.class) {
            return 2L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == double.class || type == Double.class) {
            return 2.0;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.TEN;
        }
        if (type == Instant.class) {
            return Instant.parse("2027-01-12T09:40:00Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2027, 1, 12);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2027, 1, 12, 9, 40);
        }
        if (type == LocalTime.class) {
            return LocalTime.of(9, 40);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse("2027-01-12T10:40:00+01:00");
        }
        if (type == ZonedDateTime.class) {
            return ZonedDateTime.of(2027, 1, 12, 10, 40, 0, 0, ZoneId.of("Europe/Paris"));
        }
        if (type == ZoneId.class) {
            return ZoneId.of("Europe/Paris");
        }
        if (type == Duration.class) {
            return Duration.ofMinutes(5);
        }
        return null;
    }

    private static Object argument(Type generic, int index, int depth) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type arg = p.getActualTypeArguments()[index];
            if (arg instanceof WildcardType w && w.getUpperBounds().length > 0) {
                arg = w.getUpperBounds()[0];
            }
            Class<?> raw = raw(arg);
            return raw == null ? null : of(raw, arg, depth + 1);
        }
        return null;
    }

    private static Object record(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = of(types[i], components[i].getGenericType(), depth + 1);
            if (values[i] == null && types[i].isPrimitive()) {
                return null;
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // the record's own checks refused the sample: the field stays empty
        }
    }

    private static Object filled(Class<?> type, int depth) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object o = constructor.newInstance();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                        continue;
                    }
                    f.setAccessible(true);
                    if (f.get(o) == null || isEmpty(f.get(o))) {
                        Object sample = of(f.getType(), f.getGenericType(), depth + 1);
                        if (sample != null) {
                            f.set(o, sample);
                        }
                    }
                }
            }
            return o;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The project's classes a bean's fields may hold, followed through their own fields and type arguments. */
    static void reachable(Class<?> type, Set<Class<?>> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isAnnotationPresent(jakarta.inject.Inject.class)) {
                    types(f.getGenericType(), seen);
                }
            }
        }
    }

    private static void types(Type t, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            types(p.getRawType(), seen);
            for (Type arg : p.getActualTypeArguments()) {
                types(arg, seen);
            }
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                types(b, seen);
            }
        } else if (t instanceof Class<?> c) {
            Class<?> element = c.isArray() ? c.getComponentType() : c;
            if (element.getName().startsWith("io.relance.") && seen.add(element)) {
                reachable(element, seen);
            }
        }
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
    }
}
