{{/*
Shared helpers of the LIF chart. Service objects come from the named template "lif.service"
(_service.tpl), called once per service by templates/<service>.yaml.
*/}}

{{/* Chart name, or nameOverride. */}}
{{- define "lif.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* <release>-lif, or fullnameOverride; the release name alone when it already contains the chart name. */}}
{{- define "lif.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "lif.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels of every object. */}}
{{- define "lif.labels" -}}
helm.sh/chart: {{ include "lif.chart" . }}
app.kubernetes.io/name: {{ include "lif.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: lif
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Selector labels of every pod of the release. */}}
{{- define "lif.selectorLabels" -}}
app.kubernetes.io/name: {{ include "lif.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Ids of the hosted partnerships, comma-separated. */}}
{{- define "lif.partnershipIds" -}}
{{- $ids := list -}}
{{- range .Values.partnerships }}{{ $ids = append $ids .id }}{{ end -}}
{{- join "," $ids -}}
{{- end -}}

{{/*
Kafka topics the enabled services need, one "name:partitions" per line: each enabled service's
lif.<name>.events and its .dlq, and the same for every service it consumes (the consumer
dead-letters to <topic>.dlq). Sorted and without duplicates.
*/}}
{{- define "lif.kafkaTopics" -}}
{{- $names := list -}}
{{- range $key, $svc := .Values.services -}}
{{- if $svc.enabled -}}
{{- $names = append $names $svc.name -}}
{{- range $svc.consumes }}{{ $names = append $names . }}{{ end -}}
{{- end -}}
{{- end -}}
{{- $topics := list -}}
{{- range ($names | uniq | sortAlpha) -}}
{{- $topics = append $topics (printf "lif.%s.events:%d" . (int $.Values.kafka.topics.partitions)) -}}
{{- $topics = append $topics (printf "lif.%s.events.dlq:%d" . (int $.Values.kafka.topics.dlqPartitions)) -}}
{{- end -}}
{{- join "\n" $topics -}}
{{- end -}}

{{/*
NetworkPolicy peers (a YAML list) from {namespaceSelector, podSelector, cidrs}: one peer for the
selectors (when either is non-empty; both together select those pods in those namespaces) and one
ipBlock per CIDR. Renders nothing when the peer is empty. Call with (dict "peer" <peer>).
*/}}
{{- define "lif.networkPolicyPeers" -}}
{{- $peers := list -}}
{{- $selectors := dict -}}
{{- with .peer.namespaceSelector }}{{ $_ := set $selectors "namespaceSelector" . }}{{ end -}}
{{- with .peer.podSelector }}{{ $_ := set $selectors "podSelector" . }}{{ end -}}
{{- if $selectors }}{{ $peers = append $peers $selectors }}{{ end -}}
{{- range .peer.cidrs }}{{ $peers = append $peers (dict "ipBlock" (dict "cidr" .)) }}{{ end -}}
{{- if $peers }}{{ toYaml $peers }}{{ end -}}
{{- end -}}

{{/* The pod and container security settings of every LIF container. */}}
{{- define "lif.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}
