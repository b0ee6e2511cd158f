/**
 * Reading across storages: {@link io.argus.tsdb.query.MergeQuerier} combines the queriers of the
 * blocks and the head into one, merging series with equal labels and removing samples that more than
 * one of them holds. Depends only on the storage interfaces of {@code core}.
 */
package io.argus.tsdb.query;
