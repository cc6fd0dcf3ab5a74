package io.mailwright.benchmarks;

import io.mailwright.benchmarks.beanvalidation.BvCreateConversation;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.runtime.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 1: validating one valid Create Conversation request that is already built, the
 * generated {@code validate()} against Hibernate Validator's {@code validate(obj)} on the Bean
 * Validation classes. The validator is built once; messages are interpolated without EL
 * ({@link ParameterMessageInterpolator}), which a valid request never reaches anyway.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationBenchmark {
  private CreateConversationRequest generated;
  private BvCreateConversation beanValidation;
  private ValidatorFactory factory;
  private Validator validator;

  @Setup(Level.Trial)
  public void setUp() {
    generated = Conversation.generated();
    beanValidation = Conversation.beanValidation();
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    validator = factory.getValidator();
    if (!generated.validate().isEmpty() || !validator.validate(beanValidation).isEmpty()) {
      throw new IllegalStateException("the benchmark request must be valid on both sides");
    }
    if (!Checks.beanValidationSeesEveryRule(validator)) {
      throw new IllegalStateException("the Bean Validation classes do not check what the generated code checks");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /** The generated, straight-line validation of the whole object graph. */
  @Benchmark
  public List<Violation> generated() {
    return generated.validate();
  }

  /** Hibernate Validator 9 on the Bean Validation-annotated equivalent. */
  @Benchmark
  public Set<ConstraintViolation<BvCreateConversation>> hibernateValidator() {
    return validator.validate(beanValidation);
  }
}
