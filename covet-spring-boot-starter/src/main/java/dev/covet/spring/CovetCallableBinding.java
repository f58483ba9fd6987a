package dev.covet.spring;

import dev.covet.orm.CovetRuntime;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.async.CallableProcessingInterceptor;

import java.util.concurrent.Callable;

/**
 * Runs the {@link Callable}s that Spring MVC handlers return with the context's Covet runtime bound on
 * the executor's thread that calls them. Spring MVC calls {@link #preProcess} and {@link #postProcess} on
 * that thread, right before and after the {@code Callable}, and {@code postProcess} whenever
 * {@code preProcess} returned normally, so the binding made in one is closed in the other.
 */
final class CovetCallableBinding implements CallableProcessingInterceptor {
    private final CovetRuntime runtime;
    private final ThreadLocal<CovetRuntime.Binding> bound = new ThreadLocal<>();

    CovetCallableBinding(CovetRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public <T> void preProcess(NativeWebRequest request, Callable<T> task) {
        if (!runtime.isClosed()) {   // as the request filter: after a shutdown by hand, nothing to bind
            bound.set(runtime.bind());
        }
    }

    @Override
    public <T> void postProcess(NativeWebRequest request, Callable<T> task, Object concurrentResult) {
        CovetRuntime.Binding binding = bound.get();
        if (binding != null) {
            bound.remove();
            binding.close();
        }
    }
}
