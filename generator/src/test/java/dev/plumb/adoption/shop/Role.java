package dev.plumb.adoption.shop;

/** An enum the entities store by name. */
public enum Role { CUSTOMER, STAFF, ADMIN }
