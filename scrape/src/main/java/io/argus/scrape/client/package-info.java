/**
 * HTTP client settings applied to the JDK's {@link java.net.http.HttpClient}, shared by scraping
 * and HTTP service discovery: TLS contexts from {@code tls_config} and the {@code Authorization}
 * header from {@code basic_auth}/{@code authorization}. Depends on the config records only.
 */
package io.argus.scrape.client;
