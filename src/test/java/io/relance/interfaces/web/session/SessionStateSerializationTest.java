package io.relance.interfaces.web.session;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person's session holds survives a node loss and a rolling deploy (issue 20): every
 * {@code @ViewScoped} and {@code @SessionScoped} bean, its fields filled as after use (a day and its
 * card, an import's upload and plan, a page of rows, its tables' models built), is written with
 * {@link ObjectOutputStream} and read back, as the cluster does at the end of each request. It fails
 * on a {@code NotSerializableException} (the session would silently stop replicating: ISPN000559 in
 * the log, a logout at the next failover), on a serialized lambda (its synthetic name changes between
 * builds) and on a class written into the session without a {@code serialVersionUID} (build N+1 could
 * not read what build N wrote). Injected fields stay null: the container puts serializable proxies
 * there, and Weld refuses to deploy a passivating bean with a non-passivation-capable dependency.
 */
class SessionStateSerializationTest {

    private static final List<Class<?>> BEANS = beans();

    static List<Class<?>> beans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.relance")) {
            if (c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)) {
                beans.add(c.reflect());
            }
        }
        return beans;
    }

    @Test
    void theBeansAreFound() {
        assertTrue(BEANS.size() >= 40, "every view- and session-scoped bean: " + BEANS);
    }

    @Test
    void everyBeanAfterUseIsWrittenAndReadBackWithoutLambdas() throws Exception {
        List<String> failures = new ArrayList<>();
        TreeMap<Integer, String> sizes = new TreeMap<>();
        for (Class<?> bean : BEANS) {
            Object used = used(bean);
            try {
                Written written = write(used);
                Object back = new ObjectInputStream(new ByteArrayInputStream(written.bytes())).readObject();
                assertEquals(bean, back.getClass());
                if (new String(written.bytes(), StandardCharsets.ISO_8859_1).contains("java.lang.invoke.SerializedLambda")) {
                    failures.add(bean.getSimpleName() + ": a lambda is written into the session (make its field transient, rebuild it)");
                }
                for (Class<?> c : written.classes()) {
                    if (withoutVersion(c)) {
                        failures.add(bean.getSimpleName() + ": " + c.getName() + " is written into the session without a serialVersionUID");
                    }
                }
                sizes.put(written.bytes().length, bean.getSimpleName());
            } catch (IOException | RuntimeException e) {
                failures.add(bean.getSimpleName() + ": " + e);
            }
        }
        System.out.println("Largest beans after use (bytes): " + sizes.descendingMap().entrySet().stream().limit(5).toList());
        assertTrue(failures.isEmpty(), String.join("\n", new LinkedHashSet<>(failures)));
    }

    /** The declared field types of every bean, followed into the project's own classes: each one declares its version. */
    @Test
    void everyProjectClassABeanMayHoldDeclaresItsVersion() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (Class<?> bean : BEANS) {
            SampleValues.reachable(bean, seen);
        }
        List<String> missing = seen.stream().filter(SessionStateSerializationTest::withoutVersion).map(Class::getName).sorted().toList();
        assertTrue(missing.isEmpty(), "no serialVersionUID: " + missing);
    }

    /**
     * ...and can be written at all: a sample value leaves a nested record's fields empty (a target's
     * closing day in a campaign's board), the session does not (ISPN000559 under the browser tests).
     */
    @Test
    void everyProjectClassABeanMayHoldIsSerializable() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (Class<?> bean : BEANS) {
            SampleValues.reachable(bean, seen);
        }
        List<String> not = seen.stream().filter(c -> !c.isInterface() && !Serializable.class.isAssignableFrom(c))
                .map(Class::getName).sorted().toList();
        assertTrue(not.isEmpty(), "not Serializable: " + not);
    }

    @Test
    void aViewKeepingItsTableModelInAPlainFieldIsCaught() throws Exception {
        class Careless implements Serializable {
            private static final long serialVersionUID = 1L;
            final PageModel<String> model = new PageModel<>((first, size) -> List.of("a"), () -> 1, s -> s);
        }
        assertFalse(writes(new Careless()), "a model's loaders must not reach the session");
    }

    private static boolean writes(Object o) {
        try {
            write(o);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean withoutVersion(Class<?> c) {
        if (!c.getName().startsWith("io.relance.") || !Serializable.class.isAssignableFrom(c) || c.isEnum() || c.isRecord()
                || c.isInterface() || c.isAnonymousClass() || c.isSynthetic() || Enum.class.isAssignableFrom(c)) {
            return false; // enums and records are written by name / components: their serialVersionUID is ignored
        }
        try {
            Field f = c.getDeclaredField("serialVersionUID");
            return !Modifier.isStatic(f.getModifiers());
        } catch (NoSuchFieldException e) {
            return true;
        }
    }

    /** A bean as after use: every empty field given a value of its type, its tables' models built. */
    private static Object used(Class<?> bean) throws Exception {
        var constructor = bean.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object o = constructor.newInstance();
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                f.setAccessible(true);
                Object now = f.get(o);
                if (now == null || SampleValues.isEmpty(now)) {
                    Object sample = SampleValues.of(f.getType(), f.getGenericType(), 0);
                    if (sample != null && !Modifier.isFinal(f.getModifiers())) {
                        f.set(o, sample);
                    }
                }
            }
        }
        for (Method m : bean.getMethods()) {
            if (m.getParameterCount() == 0 && PageModel.class.isAssignableFrom(m.getReturnType())) {
                try {
                    m.invoke(o); // the table was shown: its model is built
                } catch (ReflectiveOperationException e) {
                    // a method reference on a service (null here) cannot be built outside the container
                }
            }
        }
        return o;
    }

    record Written(byte[] bytes, Set<Class<?>> classes) {
    }

    private static Written write(Object o) throws IOException {
        Set<Class<?>> classes = new LinkedHashSet<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object obj) {
                classes.add(obj.getClass());
                return obj;
            }
        }) {
            out.writeObject(o);
        }
        return new Written(bytes.toByteArray(), classes);
    }
}
