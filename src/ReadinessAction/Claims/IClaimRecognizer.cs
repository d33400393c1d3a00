namespace ReadinessAction.Claims;

/// <summary>Recognises one kind of claim. Each has its examples in its own golden test file.</summary>
public interface IClaimRecognizer
{
    void Recognize(ClaimCollector collector);
}
