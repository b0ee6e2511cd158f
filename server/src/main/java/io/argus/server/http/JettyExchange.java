package io.argus.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Fields;

/** {@link Exchange} over a Jetty request and response; blocking, for virtual threads. */
final class JettyExchange implements Exchange {

  private final Request request;
  private final Response response;
  private Fields parameters;
  private int status;

  JettyExchange(Request request, Response response) {
    this.request = request;
    this.response = response;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String path() {
    return Request.getPathInContext(request);
  }

  @Override
  public String parameter(String name) {
    Fields.Field field = parameters().get(name);
    return field == null ? null : field.getValue();
  }

  @Override
  public List<String> parameters(String name) {
    Fields.Field field = parameters().get(name);
    return field == null ? List.of() : field.getValues();
  }

  private Fields parameters() {
    if (parameters == null) {
      try {
        parameters = Request.getParameters(request);
      } catch (Exception e) {
        throw new IllegalArgumentException("cannot read request parameters: " + e.getMessage(), e);
      }
    }
    return parameters;
  }

  @Override
  public byte[] body(int maxBytes) throws IOException {
    try (var in = Content.Source.asInputStream(request)) {
      return in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
    }
  }

  @Override
  public String header(String name) {
    HttpField field = request.getHeaders().getField(name);
    return field == null ? null : field.getValue();
  }

  @Override
  public void setHeader(String name, String value) {
    response.getHeaders().put(name, value);
  }

  @Override
  public void stream(int status, String contentType, BodyWriter body) throws IOException {
    if (this.status != 0) {
      throw new IllegalStateException("response already sent for " + path());
    }
    this.status = status;
    response.setStatus(status);
    response.getHeaders().put("Content-Type", contentType);
    try (OutputStream out = Content.Sink.asOutputStream(response)) {
      body.write(out);
    }
  }

  /** The status sent, or 0 when nothing was sent yet. */
  int status() {
    return status;
  }
}
