/**
 * The minimal theme the Hugo comparison writes into its generated site (`layouts/`), our own and no more
 * than the pages need, so Hugo's time is its own work rather than a theme's: an article page (headline,
 * section, people and topics by name, body, five related stories from Hugo's related content), a list page
 * per section and per term (every story, newest first), the people and topics indexes, and a home page.
 */
export const HUGO_LAYOUTS: Readonly<Record<string, string>> = {
  '_default/baseof.html': `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> · <a href="{{ "/people/" | relURL }}">People</a> · <a href="{{ "/topics/" | relURL }}">Topics</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p>{{ with .Parent }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .Date }}{{ if not .IsZero }} · <time>{{ .Format "2 January 2006" }}</time>{{ end }}{{ end }}</p>
{{ with .GetTerms "people" }}<p>People: {{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>{{ end }}
{{ with .GetTerms "topics" }}<p>Topics: {{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>{{ end }}
{{ .Content }}
{{ with .Site.RegularPages.Related . | first 5 }}<h2>Related stories</h2>
<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ len .Pages }} stories</p>
<ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range first 20 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
<ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>{{ end }}
`,
};
