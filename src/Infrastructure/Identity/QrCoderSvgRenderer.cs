using CleanBackend.Application.Identity.Abstractions;
using QRCoder;

namespace CleanBackend.Infrastructure.Identity;

internal sealed class QrCoderSvgRenderer : IQrCodeRenderer
{
    private const int PixelsPerModule = 4;

    public string RenderSvg(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(PixelsPerModule);
    }
}
