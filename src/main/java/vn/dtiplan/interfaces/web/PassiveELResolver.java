package vn.dtiplan.interfaces.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;

/**
 * An expression-language resolver that resolves no property: the application's resolvers each answer one kind
 * of call ({@link FigureELResolver} conversions to text, {@link MethodCallELResolver} method calls) and leave
 * every property to the resolvers after them.
 */
abstract class PassiveELResolver extends ELResolver {

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
        // not a property resolver
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
