package dev.plumb.oracle.coverage.model;

public enum Status { ACTIVE, SUSPENDED, CLOSED }
