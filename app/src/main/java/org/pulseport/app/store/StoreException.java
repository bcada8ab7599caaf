package org.pulseport.app.store;

/**
 * Thrown when the store cannot be opened; carries the classified {@link StoreProblem}.
 */
public final class StoreException extends RuntimeException {

    private final transient StoreProblem problem;

    public StoreException(StoreProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public StoreException(StoreProblem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    public StoreProblem problem() {
        return problem;
    }
}
