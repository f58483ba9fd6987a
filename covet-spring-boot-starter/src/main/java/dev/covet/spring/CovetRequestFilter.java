package dev.covet.spring;

import dev.covet.orm.CovetRuntime;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;

/**
 * Runs each request (its dispatches, as registered by {@link CovetWebAutoConfiguration}) with the
 * context's Covet runtime bound on the thread that handles it, so that {@code Book.objects} and
 * {@code Covet.*} in the filters after this one, the controllers and the services they call work on this
 * context's databases, whichever context holds the JVM's default runtime. The binding ends, and the
 * runtime current before it is current again, when the chain returns, even if code in the request left a
 * binding of its own open: a container thread carries nothing from one request to the next. A request that
 * goes asynchronous leaves its container thread unbound until its next dispatch.
 */
final class CovetRequestFilter implements Filter {
    private final CovetRuntime runtime;

    CovetRequestFilter(CovetRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (runtime.isClosed()) {
            // Covet shut down by hand while the server still serves: requests that use it fail as they would
            // without this filter, and the others are left alone
            chain.doFilter(request, response);
            return;
        }
        // call, not bind: it puts back what was current before even when the request left a binding open
        try {
            runtime.call(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new Checked(e);
                }
                return null;
            });
        } catch (Checked c) {
            if (c.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) c.getCause();
        }
    }

    /** Carries the chain's checked exceptions out of {@link CovetRuntime#call}. */
    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(cause);
        }
    }
}
