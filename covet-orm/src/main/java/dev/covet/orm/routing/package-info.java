/**
 * Choosing the database each query and write goes to, as Django's database routers do:
 * {@link dev.covet.orm.routing.Router} answers per model (read, write, relation, migrate),
 * {@link dev.covet.orm.routing.Routers} asks the configured routers in order, and
 * {@link dev.covet.orm.routing.Hints} tells them about the instance or query being routed. Two routers
 * come ready: {@link dev.covet.orm.routing.ReplicaRouter} (writes to a primary, reads spread over
 * replicas, with read-your-writes and unreachable replicas left out) and
 * {@link dev.covet.orm.routing.ShardRouter} (rows placed by a key's hash or range, with
 * {@link dev.covet.orm.routing.FanOut} to read every shard). {@link dev.covet.orm.routing.ReplicaLag}
 * reports how far a replica is behind.
 */
package dev.covet.orm.routing;
