package org.tributary.importing.control.camt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tributary.importing.control.statement.NotHappenedRow;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.Statement;

/**
 * An entry "only provided for information" (status INFO) is no booking and is set aside; a pending one is
 * marked; a reversal is a booking of its own and stays (decision 34).
 */
class CamtEntryStatusTest {

    private static final String REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.08">
              <BkToCstmrAcctRpt>
                <GrpHdr><MsgId>1</MsgId><CreDtTm>2026-03-10T10:00:00</CreDtTm></GrpHdr>
                <Rpt>
                  <Id>R1</Id>
                  <Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>
                  <Ntry>
                    <Amt Ccy="EUR">42.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                    <BookgDt><Dt>2026-03-02</Dt></BookgDt><AddtlNtryInf>REWE</AddtlNtryInf>
                  </Ntry>
                  <Ntry>
                    <Amt Ccy="EUR">99.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>INFO</Cd></Sts>
                    <BookgDt><Dt>2026-03-03</Dt></BookgDt><AddtlNtryInf>STANDING ORDER PREVIEW</AddtlNtryInf>
                  </Ntry>
                  <Ntry>
                    <Amt Ccy="EUR">15.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
                    <BookgDt><Dt>2026-03-04</Dt></BookgDt><AddtlNtryInf>CAFE</AddtlNtryInf>
                  </Ntry>
                  <Ntry>
                    <Amt Ccy="EUR">42.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><RvslInd>true</RvslInd><Sts><Cd>BOOK</Cd></Sts>
                    <BookgDt><Dt>2026-03-05</Dt></BookgDt><AddtlNtryInf>REWE REVERSAL</AddtlNtryInf>
                  </Ntry>
                </Rpt>
              </BkToCstmrAcctRpt>
            </Document>
            """;

    @Test
    void anInfoEntryIsSetAsideAndAReversalStays() {
        Statement statement = CamtStatementReader.read(REPORT.strip().getBytes(StandardCharsets.UTF_8), "EUR");

        assertThat(statement.rows())
                .extracting(ParsedRow::description)
                .containsExactly("REWE", "CAFE", "REWE REVERSAL");
        assertThat(statement.rows()).extracting(ParsedRow::pending).containsExactly(false, true, false);
        assertThat(statement.notHappened()).extracting(NotHappenedRow::status).containsExactly("INFO");
        assertThat(statement.notHappened().get(0).cells().get(0)).contains("STANDING ORDER PREVIEW");
    }
}
