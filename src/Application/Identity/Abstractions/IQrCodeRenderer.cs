namespace CleanBackend.Application.Identity.Abstractions;

public interface IQrCodeRenderer
{
    /// <summary>A QR code of <paramref name="content"/> as an SVG document.</summary>
    string RenderSvg(string content);
}
