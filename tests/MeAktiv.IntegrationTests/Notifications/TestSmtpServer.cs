using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MeAktiv.IntegrationTests.Notifications;

/// <summary>A real SMTP server in the test process (library SmtpServer) on a free local port; keeps every mail it
/// accepted, parsed with MimeKit, with the envelope's recipients.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    private TestSmtpServer(int port) => Port = port;

    public int Port { get; }

    public ConcurrentQueue<ReceivedMail> Mails { get; } = new();

    /// <summary>A free port, for a server that is started later (or never).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<TestSmtpServer> StartAsync(int? port = null)
    {
        var server = new TestSmtpServer(port ?? FreePort());
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(server.Port).Build();
        var services = new ServiceProvider();
        services.Add(new Store(server.Mails));
        server._running = new SmtpServer.SmtpServer(options, services).StartAsync(server._stop.Token);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, server.Port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"The test SMTP server did not listen on port {server.Port}.");
    }

    public IReadOnlyList<ReceivedMail> OfRule(string rule) =>
        Mails.Where(m => m.Message.Headers["X-MeAktiv-Rule"] == rule).ToList();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_running is not null)
            {
                await _running;
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<ReceivedMail> mails) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            mails.Enqueue(new ReceivedMail(transaction.To.Select(t => $"{t.User}@{t.Host}").ToList(), message));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>A mail the test server accepted: the envelope's recipients and the message.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> To, MimeMessage Message)
{
    public string Text => Message.TextBody ?? "";

    public string Subject => Message.Subject ?? "";
}
