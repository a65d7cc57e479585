package org.lif.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating endpoint (returning {@code jakarta.ws.rs.core.Response}) whose callers may send an
 * {@code Idempotency-Key} header: a retry with the same key and the same request gets the first answer again
 * instead of creating a second record. See {@link IdempotencyInterceptor}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
