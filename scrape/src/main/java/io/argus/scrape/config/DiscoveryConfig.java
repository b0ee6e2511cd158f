package io.argus.scrape.config;

/** One service-discovery mechanism of a scrape config. New mechanisms add a record here. */
public sealed interface DiscoveryConfig permits StaticConfig, FileSdConfig, HttpSdConfig {}
