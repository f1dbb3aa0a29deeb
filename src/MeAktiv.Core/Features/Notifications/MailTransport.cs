using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MeAktiv.Core.Domain;
using MimeKit;

namespace MeAktiv.Core.Features.Notifications;

/// <summary>Builds the German mail of an outbox row (text, link, optional .ics) and sends it with MailKit.</summary>
public sealed class MailTransport
{
    public async Task SendAsync(SmtpOptions smtp, string to, OutboxMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host ?? "", smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        }

        await client.SendAsync(Build(smtp.From, to, message), ct);
        await client.DisconnectAsync(true, ct);
    }

    public static MimeMessage Build(string from, string to, OutboxMessage message)
    {
        var mail = new MimeMessage { Subject = message.Subject };
        mail.From.Add(MailboxAddress.Parse(from));
        mail.To.Add(MailboxAddress.Parse(to));
        mail.Headers.Add("X-MeAktiv-Rule", message.Rule);
        var text = new StringBuilder(message.Body);
        if (message.Link is { } link)
        {
            text.Append("\n\nDirekt zur Seite: ").Append(link);
        }

        text.Append("\n\n-- \nME-aktiv Zielnachhaltung. Welche E-Mails Sie erhalten, stellen Sie in der App unter „Benachrichtigungen“ ein.");
        var body = new BodyBuilder { TextBody = text.ToString() };
        if (message.Ics is { } ics)
        {
            body.Attachments.Add("sitzung.ics", Encoding.UTF8.GetBytes(ics), new ContentType("text", "calendar") { Charset = "utf-8" });
        }

        mail.Body = body.ToMessageBody();
        return mail;
    }
}
