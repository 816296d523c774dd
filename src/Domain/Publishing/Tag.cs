namespace CleanBackend.Domain.Publishing;

public sealed class Tag
{
    private Tag()
    {
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;
}
