/**
 * irrt's Spring Boot 4 auto-configuration ({@link org.irrt.spring.boot.IrrtAutoConfiguration}): the
 * Jackson module, a JDBC store per workflow and the registers on the host's {@code DataSource}, an
 * engine per workflow on the host's {@code Clock}, a member's erasure across them ({@link
 * org.irrt.spring.boot.IrrtErasure}), {@code irrt.*} settings ({@link
 * org.irrt.spring.boot.IrrtProperties}) and Micrometer timers. Every bean backs off when the host
 * defines its own.
 */
@NullMarked
package org.irrt.spring.boot;

import org.jspecify.annotations.NullMarked;
