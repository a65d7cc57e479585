{{/*
Every object of one LIF service. Call from templates/<service>.yaml with
  {{ include "lif.service" (dict "root" $ "key" "<key under .Values.services>") }}
Renders nothing when the service is disabled.

Objects: ConfigMap (non-secret settings), ServiceAccount, Deployment, Service, PodDisruptionBudget,
HorizontalPodAutoscaler (optional), NetworkPolicy, Ingress (optional), ServiceMonitor (optional).
Credentials only ever come from existing Secrets (secretKeyRef); nothing secret is rendered.
*/}}
{{- define "lif.service" -}}
{{- $root := .root -}}
{{- $svc := index $root.Values.services .key -}}
{{- if $svc.enabled -}}
{{- $fullname := include "lif.fullname" $root -}}
{{- $name := printf "%s-%s" $fullname $svc.name | trunc 63 | trimSuffix "-" -}}
{{- $tag := $svc.image.tag | default $root.Values.image.tag | default $root.Chart.AppVersion | toString -}}
{{- $repository := $svc.image.repository | default (printf "%s/%s" $root.Values.image.registry $svc.name) -}}
{{- $jdbcUrl := $svc.database.jdbcUrl -}}
{{- if not $jdbcUrl -}}
{{- $jdbcUrl = printf "jdbc:postgresql://%s:%d/%s" $root.Values.postgresql.host (int $root.Values.postgresql.port) $svc.database.name -}}
{{- with $root.Values.postgresql.parameters }}{{ $jdbcUrl = printf "%s?%s" $jdbcUrl . }}{{ end -}}
{{- end -}}
{{- $serviceAccount := ternary $name "default" $root.Values.serviceAccount.create -}}
{{- $labels := include "lif.labels" $root -}}
{{- $selector := printf "%s\napp.kubernetes.io/component: %s" (include "lif.selectorLabels" $root) $svc.name -}}
{{- $np := $root.Values.networkPolicy -}}
{{- $config := dict
      "QUARKUS_HTTP_PORT" (toString $svc.port)
      "QUARKUS_DATASOURCE_JDBC_URL" $jdbcUrl
      "KAFKA_BOOTSTRAP_SERVERS" $root.Values.kafka.bootstrapServers
      "QUARKUS_OIDC_AUTH_SERVER_URL" $root.Values.keycloak.authServerUrl
      "QUARKUS_OIDC_CLIENT_ID" $root.Values.keycloak.clientId
      "LIF_PARTNERSHIPS" (include "lif.partnershipIds" $root) -}}
{{- with $root.Values.smtp }}
{{- if .host }}
{{- $_ := set $config "QUARKUS_MAILER_MOCK" "false" }}
{{- $_ := set $config "QUARKUS_MAILER_HOST" .host }}
{{- $_ := set $config "QUARKUS_MAILER_PORT" (toString .port) }}
{{- $_ := set $config "QUARKUS_MAILER_START_TLS" .startTls }}
{{- with .from }}{{ $_ := set $config "QUARKUS_MAILER_FROM" . }}{{ end }}
{{- else }}
{{- $_ := set $config "QUARKUS_MAILER_MOCK" "true" }}
{{- end }}
{{- end }}
{{- range $k, $v := $svc.config }}{{ $_ := set $config $k (toString $v) }}{{ end }}
---
# LIF service {{ $svc.name }}: non-secret settings (environment variables)
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    app.kubernetes.io/component: {{ $svc.name }}
data:
  {{- range $k, $v := $config }}
  {{ $k }}: {{ $v | quote }}
  {{- end }}
{{- if $root.Values.serviceAccount.create }}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    app.kubernetes.io/component: {{ $svc.name }}
  {{- with $root.Values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: false
{{- end }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    app.kubernetes.io/component: {{ $svc.name }}
    app.kubernetes.io/version: {{ $tag | quote }}
spec:
  {{- if not $svc.autoscaling.enabled }}
  replicas: {{ $svc.replicaCount }}
  {{- end }}
  revisionHistoryLimit: {{ $root.Values.revisionHistoryLimit }}
  strategy:
    type: {{ $root.Values.updateStrategy.type }}
    {{- if eq $root.Values.updateStrategy.type "RollingUpdate" }}
    rollingUpdate:
      maxSurge: {{ $root.Values.updateStrategy.maxSurge }}
      maxUnavailable: {{ $root.Values.updateStrategy.maxUnavailable }}
    {{- end }}
  selector:
    matchLabels:
      {{- $selector | nindent 6 }}
  template:
    metadata:
      labels:
        {{- $labels | nindent 8 }}
        app.kubernetes.io/component: {{ $svc.name }}
        app.kubernetes.io/version: {{ $tag | quote }}
        {{- with $root.Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        # a changed setting or partnership list rolls the pods
        checksum/config: {{ $config | toJson | sha256sum }}
        {{- with $root.Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ $serviceAccount }}
      automountServiceAccountToken: false
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ $root.Values.terminationGracePeriodSeconds }}
      {{- with $root.Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.priorityClassName }}
      priorityClassName: {{ . }}
      {{- end }}
      {{- with $root.Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        runAsUser: {{ $root.Values.podSecurityContext.runAsUser }}
        runAsGroup: {{ $root.Values.podSecurityContext.runAsGroup }}
        fsGroup: {{ $root.Values.podSecurityContext.fsGroup }}
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: {{ $svc.name }}
          image: {{ printf "%s:%s" $repository $tag | quote }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $svc.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ $name }}
          env:
            # heap sized from the container memory limit; /tmp is the only writable path
            - name: JAVA_TOOL_OPTIONS
              value: {{ trim (printf "-XX:MaxRAMPercentage=%v -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp %s" $root.Values.jvm.maxRamPercentage $root.Values.jvm.extraOptions) | quote }}
            - name: QUARKUS_DATASOURCE_USERNAME
              valueFrom:
                secretKeyRef:
                  name: {{ $svc.database.existingSecret }}
                  key: {{ $svc.database.usernameKey }}
            - name: QUARKUS_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ $svc.database.existingSecret }}
                  key: {{ $svc.database.passwordKey }}
            {{- with $root.Values.keycloak.clientSecret.existingSecret }}
            - name: QUARKUS_OIDC_CREDENTIALS_SECRET
              valueFrom:
                secretKeyRef:
                  name: {{ . }}
                  key: {{ $root.Values.keycloak.clientSecret.key }}
            {{- end }}
            {{- if and $root.Values.smtp.host $root.Values.smtp.existingSecret }}
            - name: QUARKUS_MAILER_USERNAME
              valueFrom:
                secretKeyRef:
                  name: {{ $root.Values.smtp.existingSecret }}
                  key: {{ $root.Values.smtp.usernameKey }}
            - name: QUARKUS_MAILER_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ $root.Values.smtp.existingSecret }}
                  key: {{ $root.Values.smtp.passwordKey }}
            {{- end }}
            {{- if $root.Values.bankHolidays.existingConfigMap }}
            - name: LIF_CALENDAR_BANK_HOLIDAYS_FILE
              value: {{ printf "/etc/lif/calendar/%s" $root.Values.bankHolidays.key | quote }}
            {{- end }}
            {{- range $svc.secretEnv }}
            - name: {{ .name }}
              valueFrom:
                secretKeyRef:
                  name: {{ .secretName }}
                  key: {{ .key }}
            {{- end }}
          startupProbe:
            httpGet:
              path: /q/health/started
              port: http
            periodSeconds: {{ $root.Values.probes.startup.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.startup.failureThreshold }}
            timeoutSeconds: {{ $root.Values.probes.startup.timeoutSeconds }}
          livenessProbe:
            httpGet:
              path: /q/health/live
              port: http
            periodSeconds: {{ $root.Values.probes.liveness.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.liveness.failureThreshold }}
            timeoutSeconds: {{ $root.Values.probes.liveness.timeoutSeconds }}
          readinessProbe:
            httpGet:
              path: /q/health/ready
              port: http
            periodSeconds: {{ $root.Values.probes.readiness.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.readiness.failureThreshold }}
            timeoutSeconds: {{ $root.Values.probes.readiness.timeoutSeconds }}
          resources:
            {{- toYaml $svc.resources | nindent 12 }}
          securityContext:
            {{- include "lif.containerSecurityContext" $root | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if $root.Values.bankHolidays.existingConfigMap }}
            - name: bank-holidays
              mountPath: /etc/lif/calendar
              readOnly: true
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ $root.Values.tmpVolume.sizeLimit }}
        {{- with $root.Values.bankHolidays.existingConfigMap }}
        - name: bank-holidays
          configMap:
            name: {{ . }}
            items:
              - key: {{ $root.Values.bankHolidays.key }}
                path: {{ $root.Values.bankHolidays.key }}
        {{- end }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    app.kubernetes.io/component: {{ $svc.name }}
  {{- with $root.Values.service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ $root.Values.service.type }}
  selector:
    {{- $selector | nindent 4 }}
  ports:
    - name: http
      port: {{ $svc.port }}
      targetPort: http
      protocol: TCP
{{- if $root.Values.podDisruptionBudget.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    app.kubernetes.io/component: {{ $svc.name }}
spec:
  maxUnavailable: {{ $root.Values.podDisruptionBudget.maxUnavailable }}
  selector:
    matchLabels:
      {{- $selector | nindent 6 }}
{{- end }}
{{- if $svc.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    app.kubernetes.io/component: {{ $svc.name }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $name }}
  minReplicas: {{ $svc.autoscaling.minReplicas }}
  maxReplicas: {{ $svc.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $svc.autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
{{- if $np.enabled }}
---
# {{ $svc.name }} may be called by the ingress controller, the portal (and scraped by monitoring) on its HTTP
# port only, and may call only DNS, PostgreSQL, Kafka and Keycloak. Everything else is denied.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    app.kubernetes.io/component: {{ $svc.name }}
spec:
  podSelector:
    matchLabels:
      {{- $selector | nindent 6 }}
  policyTypes: ["Ingress", "Egress"]
  ingress:
    {{- range $from := list $np.ingress.ingressController $np.ingress.monitoring }}
    {{- $peers := include "lif.networkPolicyPeers" (dict "peer" $from) | trim }}
    {{- if $peers }}
    - from:
        {{- $peers | nindent 8 }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
    {{- end }}
    {{- if $root.Values.portal.enabled }}
    # the portal calls the service's API with the signed-in person's token
    - from:
        - podSelector:
            matchLabels:
              {{- include "lif.selectorLabels" $root | nindent 14 }}
              app.kubernetes.io/component: {{ $root.Values.portal.name }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
  egress:
    {{- $dns := dict "peer" $np.egress.dns.peer "ports" (list 53) "protocols" (list "UDP" "TCP") }}
    {{- $rules := list $dns $np.egress.postgresql $np.egress.kafka $np.egress.keycloak }}
    {{- if $root.Values.smtp.host }}{{ $rules = append $rules $np.egress.smtp }}{{ end }}
    {{- range $rule := concat $rules $np.egress.extra }}
    {{- $peers := include "lif.networkPolicyPeers" (dict "peer" $rule.peer) | trim }}
    - ports:
        {{- range $port := $rule.ports }}
        {{- range $protocol := ($rule.protocols | default (list "TCP")) }}
        - port: {{ $port }}
          protocol: {{ $protocol }}
        {{- end }}
        {{- end }}
      {{- if $peers }}
      to:
        {{- $peers | nindent 8 }}
      {{- end }}
    {{- end }}
{{- end }}
{{- if $root.Values.ingress.enabled }}
{{- $host := $svc.ingress.host | default (printf "%s.%s" $svc.name $root.Values.ingress.domain) }}
---
# public entry of {{ $svc.name }}: the API only (/q/health, /q/metrics and /q/openapi stay in the cluster)
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    app.kubernetes.io/component: {{ $svc.name }}
  {{- with $root.Values.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with $root.Values.ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if $root.Values.ingress.tls.enabled }}
  tls:
    - hosts:
        - {{ $host | quote }}
      secretName: {{ $root.Values.ingress.tls.secretName | default (printf "%s-tls" $name) }}
  {{- end }}
  rules:
    - host: {{ $host | quote }}
      http:
        paths:
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: {{ $name }}
                port:
                  name: http
{{- end }}
{{- if $root.Values.metrics.serviceMonitor.enabled }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    app.kubernetes.io/component: {{ $svc.name }}
    {{- with $root.Values.metrics.serviceMonitor.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- $selector | nindent 6 }}
  namespaceSelector:
    matchNames:
      - {{ $root.Release.Namespace }}
  endpoints:
    - port: http
      path: /q/metrics
      interval: {{ $root.Values.metrics.serviceMonitor.interval }}
      scrapeTimeout: {{ $root.Values.metrics.serviceMonitor.scrapeTimeout }}
{{- end }}
{{- end -}}
{{- end -}}
