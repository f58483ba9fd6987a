/**
 * Spring Boot auto-configuration for Covet: Covet on the application's {@code DataSource}, models found
 * by package scanning, Covet's transactions joining Spring's ({@code @Transactional}), start-up initializers,
 * a health indicator and statement timings with Actuator, Covet's Jackson module on Boot's
 * {@code ObjectMapper}, and servlet requests inside their context's Covet runtime.
 */
package dev.covet.spring;
