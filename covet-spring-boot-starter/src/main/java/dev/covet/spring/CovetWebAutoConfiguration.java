package dev.covet.spring;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * In a servlet web application with Covet set up: every request runs inside the context's Covet runtime
 * ({@link CovetSetup#runtime()}), so {@code Book.objects} and {@code Covet.*} on a request thread work on
 * this context's databases even when another context in the JVM holds the default runtime.
 *
 * <p>A filter, {@code covetRequestFilter}, binds the runtime around the request's {@code REQUEST},
 * {@code ASYNC} and {@code ERROR} dispatches, ordered {@link #FILTER_ORDER} so that the application's
 * filters (Spring Security's among them) run inside it. It is registered whether or not the context's
 * runtime is the default: for the default, binding changes nothing that a request sees (the static
 * face would find the default anyway) and costs a thread-local write per dispatch, and in exchange a
 * context's requests work on its own databases whichever context happened to start first, which in a
 * test suite depends on the order in which Spring's context cache fills. An application that declares
 * a bean named {@code covetRequestFilter} keeps its own.
 *
 * <p>Asynchronous requests: a Spring MVC handler's {@code Callable} runs inside the runtime too, on the
 * MVC executor's thread (a {@code CallableProcessingInterceptor}), and the {@code ASYNC} dispatch that
 * writes a {@code Callable}'s or a {@code DeferredResult}'s value goes through the filter. The code that
 * completes a {@code DeferredResult}, a {@code CompletableFuture} or an {@code @Async} method runs on
 * threads of the application's own, which this does not reach: run it inside the runtime there
 * ({@code CovetRuntime.wrap(executor)}, {@code run}, {@code call}). Reactive (WebFlux) applications are
 * not covered.
 */
@AutoConfiguration(after = CovetAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({Filter.class, FilterRegistrationBean.class})
@ConditionalOnBean(CovetSetup.class)
public class CovetWebAutoConfiguration {
    /** Where {@code covetRequestFilter} sits among the servlet filters: ahead of all but the highest-ordered. */
    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** Made by Spring Boot, from the auto-configuration imports. */
    public CovetWebAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "covetRequestFilter")
    FilterRegistrationBean<CovetRequestFilter> covetRequestFilter(CovetSetup covet) {
        FilterRegistrationBean<CovetRequestFilter> registration = new FilterRegistrationBean<>(new CovetRequestFilter(covet.runtime()));
        registration.setName("covetRequestFilter");
        registration.setOrder(FILTER_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setAsyncSupported(true);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WebMvcConfigurer.class)
    static class Mvc {
        @Bean
        WebMvcConfigurer covetCallableBinding(CovetSetup covet) {
            CovetCallableBinding binding = new CovetCallableBinding(covet.runtime());
            return new WebMvcConfigurer() {
                @Override
                public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
                    configurer.registerCallableInterceptors(binding);
                }
            };
        }
    }
}
