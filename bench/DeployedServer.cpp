#include "DeployedServer.h"

#include "BenchHost.h"
#include "DeploymentBenchInputs.h"
#include "support/SystemdHost.h"

int DeployedServer::acceptedConnections(SystemdHost& host)
{
    QString out;
    host.run(QStringLiteral("sleep 1; journalctl -u ssh --no-pager -q -o cat | grep -c 'Accepted publickey'"),
             &out);
    return out.trimmed().toInt();
}

bool DeployedServer::healthy(SystemdHost& host)
{
    QString out;
    const int code = host.run(QStringLiteral("curl -fsS -H 'Host: %1' http://127.0.0.1/health")
                                  .arg(DeploymentBenchInputs::domain()),
                              &out);
    say(QStringLiteral("  curl -H 'Host: %1' http://127.0.0.1/health → %2")
            .arg(DeploymentBenchInputs::domain(), out.trimmed()));
    return code == 0 && out.contains(QStringLiteral("healthy"));
}

QStringList DeployedServer::state(SystemdHost& host, const QString& instanceId)
{
    QString number = instanceId;
    number = number.remove(QStringLiteral("INST-")).toLower();
    const QString script =
        QStringLiteral(
            "cd /tmp; app=/home/kktapp/kkt-system; rel=$(readlink $app/current); db=kkt_client_%1; "
            "md5sum /etc/systemd/system/kkt-web.service /etc/systemd/system/kkt-bot.service "
            "/etc/systemd/system/kkt-backup-production.service "
            "/etc/systemd/system/kkt-backup-production.timer "
            "/etc/nginx/sites-available/kkt-%1 $app/backup.sh $app/.version; "
            "stat -c 'stat %a %U:%G %N' $app $app/releases $app/shared $app/shared/logs $app/shared/backups "
            "$app/shared/.env $app/shared/.pgpass $app/backup.sh $app/current /var/lib/kkt-deploy/production "
            "/var/lib/kkt-deploy/production/secrets.env /etc/nginx/sites-enabled/kkt-%1; "
            "cut -d= -f1 /var/lib/kkt-deploy/production/secrets.env | sed 's/^/secret /'; "
            "cut -d= -f1 $app/shared/.env | sed 's/^/env /'; "
            "(cd $rel && find . -path ./venv -prune -o -printf 'release %m %u %p %l\\n' | sort); "
            "for u in kkt-web kkt-bot kkt-backup-production.timer nginx postgresql; do "
            "echo unit $u $(systemctl is-enabled $u) $(systemctl is-active $u); done; "
            "runuser -u postgres -- psql -X -At -d $db -c \"SELECT 'table '||tablename FROM pg_tables WHERE "
            "schemaname='public' ORDER BY 1\" -c \"SELECT 'user '||username||' '||role||' '||is_active FROM "
            "users "
            "ORDER BY 1\" -c \"SELECT 'owner '||pg_get_userbyid(datdba) FROM pg_database WHERE "
            "datname='$db'\"")
            .arg(number);
    QString out;
    host.run(script, &out);
    return out.split(u'\n', Qt::SkipEmptyParts);
}
