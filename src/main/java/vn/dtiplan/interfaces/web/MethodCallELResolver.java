package vn.dtiplan.interfaces.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Method calls in page expressions ({@code #{view.heat(row, metric)}}, {@code #{'due.'.concat(t.dueState)}})
 * without a reflective search per call: Jakarta EL's bean resolver looks the method up with
 * {@link Class#getMethods()} on every call, which copies every public method of the class, and a board page
 * makes some two thousand calls. Here the method is found once per class, name and number of arguments, and
 * only when that is unambiguous: one public, non-variable-arity method of that name and arity on a public
 * class or interface. Arguments are coerced as the bean resolver does ({@link ELContext#convertToType}) and an
 * exception of the method is wrapped the same way; anything else (overloads, variable arity, explicit
 * parameter types, static methods, a method this class may not call) is left to the other resolvers. Registered in
 * faces-config.xml.
 */
public class MethodCallELResolver extends PassiveELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            Map<String, List<Method>> byKey = new HashMap<>();
            for (Method m : type.getMethods()) {
                byKey.computeIfAbsent(key(m.getName(), m.getParameterCount()), k -> new ArrayList<>()).add(m);
            }
            Map<String, Optional<Method>> unique = new HashMap<>();
            byKey.forEach((key, methods) -> unique.put(key, methods.size() == 1 && callable(methods.get(0))
                    ? Optional.of(methods.get(0)) : Optional.empty()));
            return Map.copyOf(unique);
        }
    };

    private static String key(String name, int arity) {
        return name + "/" + arity;
    }

    private static boolean callable(Method m) {
        return !m.isVarArgs() && !Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getDeclaringClass().getModifiers());
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        for (Object arg : args) {
            if (arg instanceof LambdaExpression) {
                return null;
            }
        }
        Method found = METHODS.get(base.getClass()).getOrDefault(key(method.toString(), args.length), Optional.empty())
                .orElse(null);
        if (found == null) {
            return null;
        }
        Class<?>[] types = found.getParameterTypes();
        Object[] coerced = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            coerced[i] = context.convertToType(args[i], types[i]);
        }
        try {
            Object result = found.invoke(base, coerced);
            context.setPropertyResolved(base, method);
            return result;
        } catch (IllegalAccessException notAccessible) {
            return null;
        } catch (IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }
}
