package dev.plumb.spring.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application with no Plumb code of its own: only the starter on its classpath. */
@SpringBootApplication
public class ShopApplication {
}
