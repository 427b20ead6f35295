"""The SOS's new system (CARS) as a transport: what is public of its vendor API.

- ``document``: THE ONE MODULE mapping a frozen .CAL file to the JSON document
  (PROVISIONAL: the SOS has not published the schema).
- ``token``: the OAuth2 client-credentials grant (client secret in the keyring).
- ``client``: ``CarsTransport``, a ``Transport``: submit one document, then poll.
- ``server``: ``practice-server --flavor cars``: token endpoint, submit, poll, the
  stages schema -> authentication -> initial validation -> processing, and faults.
"""
