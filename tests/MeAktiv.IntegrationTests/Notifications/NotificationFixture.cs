namespace MeAktiv.IntegrationTests.Notifications;

/// <summary>A test SMTP server and the app sending to it (demo day 08.07.2015), shared by one test class.</summary>
public sealed class NotificationFixture : IAsyncLifetime
{
    public TestSmtpServer Smtp { get; private set; } = null!;

    public NotificationAppFactory App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Smtp = await TestSmtpServer.StartAsync();
        App = new NotificationAppFactory(Smtp.Port);
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
