package io.argus.alertmanager.api;

/** {@code receiver}: a receiver's name. */
public record Receiver(String name) {}
