/**
 * Covet's annotation processor, for the annotation-processor path only (never the class path at run time):
 * {@link dev.covet.processor.CovetProcessor} writes a typed metamodel beside each model ({@code Book_} for
 * {@code Book}, built on the paths of {@code dev.covet.orm.path}) and, under javac, turns a lookup string
 * written as a literal that cannot resolve ({@code filter("autor__name", x)}) into a compiler error.
 *
 * <pre>{@code
 * <annotationProcessorPaths>   <!-- maven-compiler-plugin's configuration -->
 *   <path><groupId>dev.covet</groupId><artifactId>covet-processor</artifactId><version>${covet.version}</version></path>
 * </annotationProcessorPaths>
 *
 * Book.objects.filter(Book_.author.name.icontains("le guin"), Book_.price.gt(new BigDecimal("10")));
 * }</pre>
 */
package dev.covet.processor;
