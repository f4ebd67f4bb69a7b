package io.relance.application.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a record to bytes and back, component by component as its class declares them (records
 * nested in it, lists, enums, strings, numbers, dates), so that a planned row spooled to disk needs
 * no hand-written format and a component added to a record later is carried without a change here.
 * Anything else must be {@link Serializable} and is written by Java serialisation. The bytes are
 * read back by the same code that wrote them (a spool lives for one import), so no versioning.
 */
final class RowCodec<T extends Record> {

    private final Class<T> type;

    RowCodec(Class<T> type) {
        this.type = type;
    }

    byte[] encode(T row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeRecord(out, row);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    T decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return type.cast(readRecord(in, type));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A record's accessors and canonical constructor, looked up once per class. */
    private record Shape(Method[] accessors, Type[] types, Constructor<?> constructor) {
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = t.getDeclaredConstructor(raw);
                constructor.setAccessible(true);
                return new Shape(accessors, types, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void writeRecord(DataOutputStream out, Object record) throws IOException {
        Shape shape = shape(record.getClass());
        for (int i = 0; i < shape.accessors.length; i++) {
            try {
                write(out, shape.types[i], shape.accessors[i].invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Object readRecord(DataInputStream in, Class<?> type) throws IOException {
        Shape shape = shape(type);
        Object[] values = new Object[shape.types.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(in, shape.types[i]);
        }
        try {
            return shape.constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(DataOutputStream out, Type declared, Object value) throws IOException {
        Class<?> raw = raw(declared);
        if (raw == int.class) {
            out.writeInt((Integer) value);
            return;
        }
        if (raw == long.class) {
            out.writeLong((Long) value);
            return;
        }
        if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
            return;
        }
        out.writeBoolean(value != null);
        if (value == null) {
            return;
        }
        if (raw == String.class) {
            byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == Long.class) {
            out.writeLong((Long) value);
        } else if (raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) value).toEpochDay());
        } else if (raw.isEnum()) {
            out.writeShort(((Enum<?>) value).ordinal());
        } else if (raw.isRecord()) {
            writeRecord(out, value);
        } else if (raw == List.class && declared instanceof ParameterizedType p) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object element : list) {
                write(out, p.getActualTypeArguments()[0], element);
            }
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream object = new ObjectOutputStream(bytes)) {
                object.writeObject(value);
            }
            out.writeInt(bytes.size());
            bytes.writeTo(out);
        }
    }

    private static Object read(DataInputStream in, Type declared) throws IOException {
        Class<?> raw = raw(declared);
        if (raw == int.class) {
            return in.readInt();
        }
        if (raw == long.class) {
            return in.readLong();
        }
        if (raw == boolean.class) {
            return in.readBoolean();
        }
        if (!in.readBoolean()) {
            return null;
        }
        if (raw == String.class) {
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        } else if (raw == Integer.class) {
            return in.readInt();
        } else if (raw == Long.class) {
            return in.readLong();
        } else if (raw == Boolean.class) {
            return in.readBoolean();
        } else if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(in.readLong());
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[in.readShort()];
        } else if (raw.isRecord()) {
            return readRecord(in, raw);
        } else if (raw == List.class && declared instanceof ParameterizedType p) {
            int size = in.readInt();
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(read(in, p.getActualTypeArguments()[0]));
            }
            return Collections.unmodifiableList(list);
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        try (ObjectInputStream object = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return object.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
