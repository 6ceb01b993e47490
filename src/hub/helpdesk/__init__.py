"""The helpdesk's own workflow: form exports become draft questions, drafts become published answers,
and the questions per theme show which themes deserve a Helpdesk Live session."""
