namespace ReadinessAction.Publishing;

public enum AnnotationLevel
{
    Error,
    Warning,
    Notice,
}
