package io.argus.server.config;

import java.net.URI;
import java.net.URISyntaxException;

/** URL fields: present, absolute, http or https. */
final class Urls {

  private Urls() {}

  static String require(YamlMapping yaml, String key) throws ConfigException {
    String url = yaml.requiredString(key);
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw yaml.errorAt(key, "URL scheme must be 'http' or 'https' with a host: \"" + url + "\"");
      }
    } catch (URISyntaxException e) {
      throw yaml.errorAt(key, "invalid URL \"" + url + "\": " + e.getMessage());
    }
    return url;
  }
}
