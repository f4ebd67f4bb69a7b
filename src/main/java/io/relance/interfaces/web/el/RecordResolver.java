package io.relance.interfaces.web.el;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls a record's methods without arguments ({@code #{q.contact()}}, {@code #{d.openNow()}}) from a
 * table of its public methods made once per record class. The pages read the application's records
 * this way (Jakarta EL 5 has no property syntax for records), and EL's own bean resolver searched the
 * class's methods again at every call: ~2.5 % of a node's CPU under the load test (BENCHMARKS,
 * session 31). Anything else (a method with arguments, a name the record has not, a bean) is left to
 * the resolvers after this one. Registered in faces-config.xml.
 */
public class RecordResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> methods = new HashMap<>();
            if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
                for (Method m : type.getMethods()) {
                    if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                        methods.put(m.getName(), m);
                    }
                }
            }
            return Map.copyOf(methods);
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || (params != null && params.length > 0)) {
            return null;
        }
        Method m = METHODS.get(base.getClass()).get(name);
        if (m == null) {
            return null;
        }
        try {
            Object value = m.invoke(base);
            context.setPropertyResolved(base, method);
            return value;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null; // a public method of a record nested in a private class: EL's own resolver decides
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // values are set on beans, never on records: left to the other resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
