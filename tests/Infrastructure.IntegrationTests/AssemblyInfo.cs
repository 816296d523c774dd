// Each fixture works on its own database or Redis key prefix, so fixtures can run side by side;
// the tests inside one fixture share its state and stay sequential.
[assembly: Parallelizable(ParallelScope.Fixtures)]
