## probe
case $KKT_TLS_MODE in
none) kkt_done "TLS is off: the site is served over plain HTTP" ;;
existing)
    printf '%s\n' "$KKT_TLS_CERT_CONTENT" | kkt_same_file "$KKT_TLS_CERT" || kkt_change "will install the certificate for $KKT_DOMAIN"
    printf '%s\n' "$KKT_TLS_KEY_CONTENT" | kkt_same_file "$KKT_TLS_KEY" || kkt_change "will install the private key (0600)"
    [ "$(stat -c '%a %U' "$KKT_TLS_KEY")" = "600 root" ] || kkt_change "will make the private key readable by root only"
    ;;
letsencrypt)
    command -v certbot >/dev/null || kkt_unknown "certbot is installed by the packages step"
    openssl x509 -checkend 2592000 -noout -in "$KKT_TLS_CERT" >/dev/null 2>&1 \
        || kkt_change "will obtain a certificate for $KKT_DOMAIN from $KKT_ACME_SERVER"
    systemctl is-enabled --quiet certbot.timer || kkt_change "will enable certbot's renewal timer"
    ;;
esac
kkt_nginx_site | kkt_same_file "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" || kkt_change "will serve $KKT_DOMAIN over HTTPS and redirect HTTP to it"
kkt_done
## action
files=
case $KKT_TLS_MODE in
existing)
    install -d -m 0700 -o root -g root "$(dirname "$KKT_TLS_KEY")"
    files=$(
        printf '%s\n' "$KKT_TLS_KEY_CONTENT" | kkt_install_file "$KKT_TLS_KEY" 0600 root:root
        printf '%s\n' "$KKT_TLS_CERT_CONTENT" | kkt_install_file "$KKT_TLS_CERT" 0644 root:root
    )
    if [ -n "$files" ]; then echo "$files"; fi
    ;;
letsencrypt)
    install -d -m 0755 "$KKT_ACME_WEBROOT"
    if ! openssl x509 -checkend 2592000 -noout -in "$KKT_TLS_CERT" >/dev/null 2>&1; then
        # nginx answers the HTTP challenge from the webroot; certbot never edits the site, so a
        # re-run of the nginx step cannot undo its work. The renewal reloads nginx.
        certbot certonly --webroot --webroot-path "$KKT_ACME_WEBROOT" --non-interactive --agree-tos \
            --no-eff-email --email "$KKT_TLS_EMAIL" --cert-name "$KKT_DOMAIN" --domains "$KKT_DOMAIN" \
            --keep-until-expiring --deploy-hook 'systemctl reload nginx' --server "$KKT_ACME_SERVER"
    fi
    systemctl enable --now certbot.timer
    ;;
esac
# nginx reads a new certificate at its next reload: one reload for the site and the files.
kkt_apply_nginx_site "$files"
## verify
[ "$KKT_TLS_MODE" = none ] && exit 0
openssl x509 -noout -checkend 0 -in "$KKT_TLS_CERT"
[ "$KKT_TLS_MODE" = letsencrypt ] && systemctl is-enabled --quiet certbot.timer
# nginx serves exactly this certificate for the domain, and plain HTTP redirects to it. A reload
# replaces the workers in the background: allow it a few seconds.
want=$(openssl x509 -noout -fingerprint -sha256 -in "$KKT_TLS_CERT")
for i in $(seq 40); do
    got=$(openssl s_client -connect 127.0.0.1:443 -servername "$KKT_DOMAIN" </dev/null 2>/dev/null \
        | openssl x509 -noout -fingerprint -sha256 2>/dev/null || true)
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: $KKT_DOMAIN" "http://127.0.0.1$KKT_NGINX_LOCATION" || true)
    [ "$got" = "$want" ] && [ "$code" = 301 ] && exit 0
    sleep 0.25
done
[ "$got" = "$want" ] || echo "nginx does not serve the certificate of $KKT_TLS_CERT for $KKT_DOMAIN" >&2
[ "$code" = 301 ] || echo "http://$KKT_DOMAIN answers $code instead of a redirect to HTTPS" >&2
exit 1
