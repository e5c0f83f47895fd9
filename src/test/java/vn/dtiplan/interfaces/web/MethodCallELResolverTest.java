package vn.dtiplan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class MethodCallELResolverTest {

    private final MethodCallELResolver resolver = new MethodCallELResolver();

    /** Public, with one method per name and arity but {@code pick}, which is overloaded. */
    public static class Target {
        public String twice(String word, int times) {
            return word.repeat(times);
        }

        public String pick(String a) {
            return a;
        }

        public String pick(Integer a) {
            return String.valueOf(a);
        }

        public String fail() {
            throw new IllegalStateException("refused");
        }
    }

    @Test
    void callsTheOneMethodOfThatNameAndArityWithCoercedArguments() {
        Context context = new Context();
        assertEquals("abab", resolver.invoke(context, new Target(), "twice", null, new Object[] {"ab", 2L}));
        assertTrue(context.isPropertyResolved());
        assertEquals("x-y", resolver.invoke(new Context(), "x-", "concat", null, new Object[] {"y"}));
    }

    @Test
    void leavesOverloadsUnknownNamesExplicitTypesAndNullBasesToTheOtherResolvers() {
        Context context = new Context();
        assertNull(resolver.invoke(context, new Target(), "pick", null, new Object[] {"a"}));
        assertNull(resolver.invoke(context, new Target(), "absent", null, new Object[0]));
        assertNull(resolver.invoke(context, new Target(), "twice", new Class<?>[] {String.class, int.class},
                new Object[] {"a", 1}));
        assertNull(resolver.invoke(context, null, "twice", null, new Object[] {"a", 1}));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void wrapsWhatTheMethodThrowsAsTheBeanResolverDoes() {
        ELException thrown = assertThrows(ELException.class,
                () -> resolver.invoke(new Context(), new Target(), "fail", null, new Object[0]));
        assertSame(IllegalStateException.class, thrown.getCause().getClass());
    }

    /** Coerces numbers to {@code int} and leaves the rest, enough for the calls above (no EL implementation here). */
    private static final class Context extends ELContext {
        @Override
        public <T> T convertToType(Object obj, Class<T> type) {
            if (type == int.class && obj instanceof Number n) {
                @SuppressWarnings("unchecked")
                T value = (T) Integer.valueOf(n.intValue());
                return value;
            }
            return type.cast(obj);
        }

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
    }
}
