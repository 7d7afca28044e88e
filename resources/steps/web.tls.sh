## probe
case $KKT_TLS_MODE in
none) kkt_done "TLS is off: the site is served over plain HTTP" ;;
existing)
    [ -f "$KKT_TLS_CERT" ] && [ -f "$KKT_TLS_KEY" ] || kkt_change "will check the certificate files"
    kkt_done ;;
letsencrypt)
    [ -f "/etc/letsencrypt/live/$KKT_DOMAIN/fullchain.pem" ] && openssl x509 -checkend 2592000 -noout \
        -in "/etc/letsencrypt/live/$KKT_DOMAIN/fullchain.pem" >/dev/null 2>&1 && kkt_done
    kkt_change "will obtain a Let's Encrypt certificate for $KKT_DOMAIN" ;;
esac
## action
case $KKT_TLS_MODE in
existing)
    openssl x509 -noout -checkend 0 -in "$KKT_TLS_CERT"
    ;;
letsencrypt)
    # nginx already serves the domain on port 80, so the HTTP challenge can be answered.
    certbot --nginx --non-interactive --agree-tos --email "$KKT_TLS_EMAIL" --domains "$KKT_DOMAIN" \
        --redirect --keep-until-expiring ${KKT_ACME_SERVER:+--server "$KKT_ACME_SERVER"}
    ;;
esac
## verify
case $KKT_TLS_MODE in
none) true ;;
existing) openssl x509 -noout -checkend 0 -in "$KKT_TLS_CERT" ;;
letsencrypt) openssl x509 -noout -checkend 0 -in "/etc/letsencrypt/live/$KKT_DOMAIN/fullchain.pem" ;;
esac
