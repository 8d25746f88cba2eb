package org.irrt.model.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, declared once and applied per package in
 * {@code package-info.java}.
 *
 * <ul>
 *   <li>Generated types are named {@code Immutable*} and are public; every value type also offers a
 *       {@code builder()} on its abstract type.
 *   <li>Null and required-attribute checks are left to validation ({@code Value.Style.ValidationMethod.NONE}), so
 *       that a missing attribute becomes a {@link Violation} with its path, in the host's language,
 *       together with every other violation of the same object, instead of an {@code
 *       IllegalStateException} naming only the first missing attribute. {@code build()} still never
 *       returns an invalid object: every value's {@code @Value.Check} validates it.
 *   <li>{@code @JsonSerialize}, of Jackson 2 and of Jackson 3, makes Immutables generate the JSON
 *       creator of every value for both versions. Only the annotations are needed to compile;
 *       at run time the version a host has reads them and the other's are ignored. The abstract
 *       type is mapped to its generated class by the adapters ({@code irrt-jackson2},
 *       {@code irrt-jackson3}), so no value type names a Jackson annotation of its own.
 *   <li>{@code jdkOnly}: no Guava on the host's classpath.
 *   <li>{@code optionalAcceptNullable}: passing {@code null} for an optional attribute leaves it
 *       empty, as JSON {@code null} does.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@com.fasterxml.jackson.databind.annotation.JsonSerialize
@tools.jackson.databind.annotation.JsonSerialize
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    jakarta = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    depluralize = true,
    optionalAcceptNullable = true,
    redactedMask = "***",
    clearBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
public @interface IrrtStyle {}
