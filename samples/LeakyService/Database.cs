namespace LeakyService;

internal static class Database
{
    // EG0002, playbook sections 5 and 7: a production database password written into the connection string.
    internal const string ConnectionString = "Host=db.prod.internal;Database=eval752;Username=app;" + "Password=Xq7-leaky-demo-pw9";
}
