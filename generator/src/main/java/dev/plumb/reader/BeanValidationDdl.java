package dev.plumb.reader;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.mapping.PersistentClass;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation's part of the DDL: with a provider (hibernate-validator, which {@code spring-boot-starter-validation}
 * brings) on the entity classpath, Hibernate turns {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} into
 * NOT NULL, {@code @Size}/{@code @Length} into lengths, {@code @Digits} into precision and {@code @Min}/{@code @Max}
 * and their decimal forms into checks. It does so in its {@code BeanValidationIntegrator}, which runs only when a
 * {@code SessionFactory} is built, so an offline metadata boot misses it; this class runs the same step on the
 * metadata, under the same settings: {@code jakarta.persistence.validation.mode} ({@code none} and {@code callback}
 * skip it, {@code ddl} requires a provider) and {@code hibernate.validator.apply_to_ddl}.
 *
 * <p>The step itself is Hibernate's ({@code TypeSafeActivator.applyRelationalConstraints}, which Hibernate also calls
 * reflectively, its class being package-private), so the result is exactly Hibernate's. The validator factory gets a
 * message interpolator that does nothing: DDL needs no messages, and hibernate-validator's default interpolator needs
 * an expression-language implementation that a bare entity classpath may lack.
 */
final class BeanValidationDdl {

    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";
    private static final String APPLY_TO_DDL = "hibernate.validator.apply_to_ddl";

    private BeanValidationDdl() {
    }

    static void apply(MetadataImplementor metadata, StandardServiceRegistry registry) {
        Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
        Set<ValidationMode> modes = ValidationMode.getModes(modeSetting(settings));
        boolean ddlRequired = modes.contains(ValidationMode.DDL);
        if (!ddlRequired && !modes.contains(ValidationMode.AUTO) || !applyToDdl(settings)) {
            return;
        }
        ValidatorFactory factory = validatorFactory(ddlRequired);
        if (factory == null) {
            return;
        }
        try (factory) {
            ClassLoaderAccess classes = new ClassLoaderAccessImpl(null,
                    registry.requireService(ClassLoaderService.class));
            applyRelationalConstraints(factory, metadata.getEntityBindings(), settings,
                    metadata.getDatabase().getDialect(), classes);
        }
    }

    private static Object modeSetting(Map<String, Object> settings) {
        Object mode = settings.get("jakarta.persistence.validation.mode");
        return mode != null ? mode : settings.get("javax.persistence.validation.mode");
    }

    private static boolean applyToDdl(Map<String, Object> settings) {
        Object value = settings.get(APPLY_TO_DDL);
        return value == null || Boolean.parseBoolean(value.toString().trim().toLowerCase(Locale.ROOT));
    }

    /** The provider on the entity classpath (the thread's context class loader), or null when there is none. */
    private static ValidatorFactory validatorFactory(boolean required) {
        try {
            return Validation.byDefaultProvider().configure()
                    .messageInterpolator(new NoMessages())
                    .buildValidatorFactory();
        } catch (NoProviderFoundException e) {
            if (required) {
                throw new MappingException("jakarta.persistence.validation.mode includes ddl, but no Bean Validation"
                        + " provider is on the entity classpath: add hibernate-validator to --entities", e);
            }
            return null;
        } catch (ValidationException e) {
            throw new MappingException("the Bean Validation provider on the entity classpath cannot start: "
                    + e.getMessage(), e);
        }
    }

    private static void applyRelationalConstraints(ValidatorFactory factory, Collection<PersistentClass> entities,
                                                   Map<String, Object> settings, Dialect dialect,
                                                   ClassLoaderAccess classes) {
        try {
            Method apply = Class.forName(ACTIVATOR).getMethod("applyRelationalConstraints", ValidatorFactory.class,
                    Collection.class, Map.class, Dialect.class, ClassLoaderAccess.class);
            apply.setAccessible(true);
            apply.invoke(null, factory, entities, settings, dialect, classes);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new MappingException("Hibernate cannot apply the Bean Validation constraints to the DDL: "
                    + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Hibernate's " + ACTIVATOR + " has changed: " + e.getMessage(), e);
        }
    }

    /** DDL needs no messages; the default interpolator would need an expression-language implementation. */
    private static final class NoMessages implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }
}
