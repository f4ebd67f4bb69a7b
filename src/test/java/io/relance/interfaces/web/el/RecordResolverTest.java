package io.relance.interfaces.web.el;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordResolverTest {

    public record Call(String contact, int attempts) {
        public boolean overdue() {
            return attempts > 2;
        }

        public String greeting(String name) {
            return "bonjour " + name;
        }

        public String broken() {
            throw new IllegalStateException("no outlet");
        }
    }

    /** A bean with the same shape: not a record, left to EL's bean resolver. */
    public static class Bean {
        public String contact() {
            return "bean";
        }
    }

    private final RecordResolver resolver = new RecordResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void calls_a_records_components_and_its_own_methods() {
        Call call = new Call("Claire Martin", 3);
        ELContext context = context();
        assertEquals("Claire Martin", resolver.invoke(context, call, "contact", new Class<?>[0], new Object[0]));
        assertTrue(context.isPropertyResolved());
        ELContext again = context();
        assertEquals(true, resolver.invoke(again, call, "overdue", null, null));
        assertTrue(again.isPropertyResolved());
        assertEquals(3, resolver.invoke(context(), call, "attempts", null, new Object[0]));
    }

    @Test
    void leaves_what_it_cannot_answer_to_the_next_resolver() {
        Call call = new Call("Claire Martin", 1);
        ELContext withArgument = context();
        assertNull(resolver.invoke(withArgument, call, "greeting", new Class<?>[]{String.class}, new Object[]{"Léa"}));
        assertFalse(withArgument.isPropertyResolved());
        ELContext unknown = context();
        assertNull(resolver.invoke(unknown, call, "outlet", null, null));
        assertFalse(unknown.isPropertyResolved());
        ELContext bean = context();
        assertNull(resolver.invoke(bean, new Bean(), "contact", null, null));
        assertFalse(bean.isPropertyResolved());
        ELContext property = context();
        assertNull(resolver.getValue(property, call, "contact"));
        assertFalse(property.isPropertyResolved());
    }

    @Test
    void a_failing_method_fails_the_expression_with_its_cause() {
        ELException e = assertThrows(ELException.class, () -> resolver.invoke(context(), new Call("x", 0), "broken", null, null));
        assertEquals("no outlet", e.getCause().getMessage());
    }
}
