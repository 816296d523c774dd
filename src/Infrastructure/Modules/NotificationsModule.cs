using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.AccountSecurity;
using CleanBackend.Application.Notifications.Newsletters;
using CleanBackend.Application.Notifications.Newsletters.Delivery;
using CleanBackend.Application.Notifications.Outbox;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.Infrastructure.Notifications;
using CleanBackend.Infrastructure.Notifications.Email;
using CleanBackend.Infrastructure.Notifications.Newsletters;
using CleanBackend.Infrastructure.Persistence.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Modules;

/// <summary>
/// Mail: the SMTP sender, the outbox of single mails (welcome, account-security links and notices) and newsletters
/// with their delivery runs and unsubscribe links.
/// </summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSectionOptions<SmtpOptions>(configuration, SmtpOptions.SectionName);
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<SmtpEmailSender>());
        services.AddSingleton<EmailMetrics>();

        services.AddSectionOptions<OutboundEmailDeliveryOptions>(configuration, OutboundEmailDeliveryOptions.SectionName);
        services.AddScoped<IOutboundEmailQueue, OutboundEmailQueue>();
        services.AddScoped<OutboundEmailDispatcher>();
        services.AddSectionOptions<AccountLinkOptions>(configuration, AccountLinkOptions.SectionName)
            .Validate(links => links.IsValid, "Notifications:AccountLinks needs absolute http(s) URLs in PasswordResetUrl and EmailVerificationUrl.");

        services.AddSectionOptions<NewsletterOptions>(configuration, NewsletterOptions.SectionName);
        services.AddSingleton<IValidateOptions<NewsletterOptions>, UnsubscribeSigningKeyValidator>();
        services.AddSingleton<INewsletterUnsubscribeTokens, NewsletterUnsubscribeTokens>();
        services.AddScoped<INewsletterRepository, NewsletterRepository>();
        services.AddScoped<INewsletterDeliveryStore, NewsletterDeliveryStore>();
        services.AddScoped<IJobReadService, JobReadService>();
        services.AddScoped<NewsletterDeliveryEngine>();
        services.AddSingleton<QuartzNewsletterScheduler>();
        services.AddSingleton<INewsletterDeliveryScheduler>(provider => provider.GetRequiredService<QuartzNewsletterScheduler>());
        return services;
    }
}
